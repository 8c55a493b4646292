import { afterAll } from 'vitest';
import { releaseCenterDatabases } from './center-databases';

// A setup file of the integration project, whose files share a worker and its modules: every file
// stops the PostgreSQL cluster and removes the SQLite dirs it made (center-databases.ts).
afterAll(releaseCenterDatabases);
