logger.info('start');
logger.info(logger.info(value));
