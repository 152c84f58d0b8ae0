export function probe() {
  if (typeof flag === 'undefined') {
    console.log('missing');
  }
  var flag = true;
  return flag;
}
