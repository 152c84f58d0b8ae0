/**
 * After the templates: a folder of passes with a barrel (index.ts) exports the new pass from it.
 * @param {import('codemorph').GeneratorContext} ctx
 */
export default function passGenerator(ctx) {
  const { directory, name } = ctx.options;
  const id = ctx.names.dasherize(String(name));
  const barrel = `${directory}/index.ts`;
  if (ctx.tree.exists(barrel)) {
    ctx.addExport(barrel, { from: `./${id}/${id}.js`, named: [`default as ${ctx.names.camelize(id)}`] });
  }
}
