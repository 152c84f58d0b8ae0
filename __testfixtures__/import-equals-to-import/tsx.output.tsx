import * as React from 'react';
export const App = () => <div>{React.version}</div>;
