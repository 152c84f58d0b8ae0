import React = require('react');
export const App = () => <div>{React.version}</div>;
