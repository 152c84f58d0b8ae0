import express = require('express');
const app = express();
export default app;
