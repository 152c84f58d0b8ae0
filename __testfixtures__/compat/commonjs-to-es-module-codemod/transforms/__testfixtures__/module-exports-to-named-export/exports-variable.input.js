const a = () => {
    return 42;
};
module.exports.a = a;
// comment
module.exports.b = a;
