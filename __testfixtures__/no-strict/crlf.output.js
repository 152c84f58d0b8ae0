export default 1;
