app.use(function (err, req, res, next) {
  if (next === undefined) next = noop;
  res.status(500).end();
});
