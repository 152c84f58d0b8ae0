export { applyPass, defineFixtureTests, findFixtureCases, UPDATE_ENV } from './fixtures.js';
export type { ApplyPassOptions, FixtureCase } from './fixtures.js';
export { defineProjectFixtureTests, readTree, runProjectPass } from './project-fixtures.js';
