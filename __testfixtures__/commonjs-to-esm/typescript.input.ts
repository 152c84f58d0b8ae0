const express = require('express');
import type { Request } from 'express';

export function handler(req: Request): string {
  return express.name + req.url;
}
