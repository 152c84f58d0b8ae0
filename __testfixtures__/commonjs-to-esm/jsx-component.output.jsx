import React from 'react';
import button from './button';
const { Button } = button;

function App() {
  return <Button label="hi" />;
}

export default App;
