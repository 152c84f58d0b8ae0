const a = () => {
    return 42;
};
export { a };

// comment
export { a as b };
