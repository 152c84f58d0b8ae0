function x() {
  console.log('Banana');
}
