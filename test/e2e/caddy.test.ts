import { runRouteTable } from './run-table.js';

runRouteTable('caddy');
