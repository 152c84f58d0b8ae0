import React from 'react';
export const A = () => <div>'use strict'</div>;
