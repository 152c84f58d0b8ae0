const prefix = load()
'#' + prefix + '-id' in registry && register(prefix)
