import React from 'react';
import { Button } from './button';

function App() {
  return <Button label="hi" />;
}

export default App;
