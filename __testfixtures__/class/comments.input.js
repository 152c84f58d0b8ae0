'use strict';

/**
 * A stack of frames.
 */
function Stack() {
  // the frames, newest last
  this.frames = [];
}

/** Adds a frame. */
Stack.prototype.push = function (frame) {
  this.frames.push(frame); // newest
};

// Removes the newest frame.
Stack.prototype.pop = function () {
  return this.frames.pop();
};

module.exports = Stack;
