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
// The core types these helpers take and return, so a test file needs one import.
export type { FilePass, FileResult, OptionValues, Pass } from '../index.js';
