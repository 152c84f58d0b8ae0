export { definePass, isPass, passMatches } from './core/pass.js';
export type {
  FileContext,
  FileOps,
  FilePass,
  FilePassInput,
  Pass,
  PassBase,
  PassNeeds,
  ProjectContext,
  ProjectPass,
  ProjectPassInput,
  Reporter,
  TextTest,
} from './core/pass.js';
export type { Edit, RangeLike, TextRange } from './core/edit.js';
export type { EditSink, EditTarget } from './core/sink.js';
export { createEditSink } from './core/sink.js';
export { applyEdits, normalizeEdits, spliceEdits } from './core/change-set.js';
export type { AppliedEdits } from './core/change-set.js';
export { textToEdits } from './core/text-diff.js';
export { resolveOptions } from './core/options.js';
export type { OptionSpec, OptionSpecs, OptionType, OptionValues } from './core/options.js';
export { CodemorphError, UsageError, NotInProjectError, EXIT_CODES, isCodemorphError } from './core/errors.js';
export type { ErrorKind } from './core/errors.js';
export type { Attribution, ChangedFile, FileResult, FileStatus, ResultBase, ResultError, Stats, Warning } from './core/result.js';
export type { Precondition, RecipeDefinition, RecipeStep } from './core/recipe.js';
export { parseSource, syntaxErrors, ts } from './core/parse.js';
export type { SyntaxProblem } from './core/parse.js';
export { processFile } from './runner/process-file.js';
export type { FileInput, ProcessOptions, ResolvedFilePass } from './runner/process-file.js';
export { run } from './runner/run.js';
export type { RunOptions } from './runner/run.js';
export { discoverFiles, DEFAULT_EXTENSIONS } from './workspace/discover.js';
export type { DiscoverOptions } from './workspace/discover.js';
export { loadSteps } from './workspace/steps.js';
export { ProjectIndex, referenceOrder } from './workspace/projects.js';
export type { TsProject } from './workspace/projects.js';
export { listProjects } from './workspace/project-list.js';
export type { ProjectListing, ProjectSummary } from './workspace/project-list.js';
export type { LoadedStep, StepContext } from './workspace/steps.js';
export { loadConfig } from './workspace/config.js';
export type { CodemorphConfig, LoadedConfig } from './workspace/config.js';
export { diffFile, formatFileDiff } from './output/diff.js';
export type { DiffHunk, FileDiff } from './output/diff.js';
export { createDiffReporter } from './output/diff-reporter.js';
export type { DiffColors, DiffReporterOptions } from './output/diff-reporter.js';
export { createJsonReporter, JSON_REPORT_VERSION } from './output/json-reporter.js';
export type { Reporter as ResultReporter, Sink as ReporterSink } from './output/reporter.js';
export { addToSummary, emptySummary, formatSummary } from './output/summary.js';
export type { RunSummary } from './output/summary.js';
export { writeResults } from './write/write.js';
export type { WriteOutcome, WriteReport } from './write/write.js';
export { undoLastRun } from './write/undo.js';
export type { UndoReport } from './write/undo.js';
export * from './engines/patterns/index.js';
export { defineGenerator } from './generate/definition.js';
export type { GeneratorContext, GeneratorDefinition, GeneratorScript, GeneratorSchema } from './generate/definition.js';
export { VirtualTree } from './generate/tree.js';
export type { TreeChange } from './generate/tree.js';
export type { ExportSpec, ImportSpec, LiteralTarget } from './generate/ast.js';
export { camelize, classify, dasherize, underscore } from './generate/names.js';
