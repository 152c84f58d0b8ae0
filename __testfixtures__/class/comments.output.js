'use strict';

/**
 * A stack of frames.
 */
class Stack {
  constructor() {
    // the frames, newest last
    this.frames = [];
  }

  /** Adds a frame. */
  push(frame) {
    this.frames.push(frame); // newest
  }

  // Removes the newest frame.
  pop() {
    return this.frames.pop();
  }
}

module.exports = Stack;
