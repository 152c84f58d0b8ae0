export { applyPass, defineFixtureTests, findFixtureCases, UPDATE_ENV } from './fixtures.js';
export type { ApplyPassOptions, FixtureCase } from './fixtures.js';
export { defineProjectFixtureTests, readTree, runProjectPass } from './project-fixtures.js';
export {
  applyTransform,
  defineInlineTest,
  defineSnapshotTest,
  defineTest,
  runInlineTest,
  runSnapshotTest,
  runTest,
} from './jscodeshift.js';
export type { TestOptions, TransformInput, TransformOptions } from './jscodeshift.js';
export type { ProjectRun } from './project-fixtures.js';
