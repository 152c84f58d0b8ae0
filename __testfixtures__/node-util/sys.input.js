var sys = require('sys');
sys.puts('hi');
