const message = 'Hi ' + /* who */ name;
