exports.mode = 'fast';
exports.mode = 'slow';
