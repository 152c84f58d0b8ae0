const urls = ['/a', '/b'];
urls.forEach(async (url) => {
  await fetch(url);
});
