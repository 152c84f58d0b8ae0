export { Component } from './widget.js';
