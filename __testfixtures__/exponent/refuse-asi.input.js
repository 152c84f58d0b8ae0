let x = compute()
Math.pow(-x, 2).toString()
