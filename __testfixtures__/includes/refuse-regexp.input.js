const hasSlashX = path.indexOf(/x/) !== -1;
