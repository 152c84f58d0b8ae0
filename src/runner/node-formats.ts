import { ts, type Project } from 'ts-morph';

type FormatHolder = { impliedNodeFormat?: ts.ResolutionMode; readonly fileName: string };

/** ts-morph's own, not public: drops the built program so that the next one sees the formats. */
type Resettable = { readonly _context?: { resetProgram?: () => void } };

/**
 * The project's program, each file's module format set as tsc sets it. ts-morph creates its
 * source files without the format TypeScript derives under `module` node16/nodenext (package.json
 * "type", `.mts`/`.cts`), so its checker took every `.ts` file of a CommonJS package for an ES
 * module: `export =` and `import x = require()` were errors (TS1203, TS1202) that tsc does not
 * report, and an `export =` module's importers were not resolved to it. The formats must be set
 * before the program is built (it keys module resolutions by them), so a program built without
 * them is dropped; where ts-morph offers no way to drop it, nothing is set (a program with formats
 * its resolutions were not made for finds no module at all). package.json is read from the disk.
 */
export function programOf(project: Project): ts.Program {
  const options = project.getCompilerOptions();
  const kind = options.module ?? ts.ModuleKind.CommonJS;
  const context = (project as unknown as Resettable)._context;
  if (kind >= ts.ModuleKind.Node16 && kind <= ts.ModuleKind.NodeNext && context?.resetProgram) {
    let cache: ts.PackageJsonInfoCache | undefined;
    let set = false;
    for (const file of project.getSourceFiles()) {
      const node = file.compilerNode as FormatHolder;
      if (node.impliedNodeFormat !== undefined) continue;
      cache ??= ts.createModuleResolutionCache(project.getFileSystem().getCurrentDirectory(), (name) => name, options).getPackageJsonInfoCache();
      node.impliedNodeFormat = ts.getImpliedNodeFormatForFile(node.fileName as never, cache, ts.sys, options);
      set = true;
    }
    if (set) context.resetProgram();
  }
  return project.getProgram().compilerObject;
}
