export class Panel {
	constructor(title: string) {
		this.title = title;
	}

	render() {
		this.rendered = true;
		return <div>{this.title}</div>;
	}
}

declare global {
	namespace JSX {
		interface IntrinsicElements {
			div: {};
		}
	}
}
