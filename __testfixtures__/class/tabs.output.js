'use strict';
class Timer {
	constructor(ms) {
		this.ms = ms;
	}

	start() {
		if (this.ms > 0) {
			schedule(this.ms);
		}
	}
}
module.exports = Timer;
