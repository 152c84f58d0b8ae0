// build the message
const message = `Hi ${user.name /* display name */.trim()}.`; // greeting
