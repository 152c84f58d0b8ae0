// keep this comment
const found = /* the list */ list.includes(/* needle */ item); // trailing
