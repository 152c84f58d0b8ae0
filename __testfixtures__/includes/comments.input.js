// keep this comment
const found = /* the list */ list.indexOf(/* needle */ item) !== -1; // trailing
