'use strict';
function Timer(ms) {
	this.ms = ms;
}
Timer.prototype.start = function () {
	if (this.ms > 0) {
		schedule(this.ms);
	}
};
module.exports = Timer;
