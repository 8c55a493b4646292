import { z } from 'zod';

/** Who is at the screen: anyone (citizen), a desk officer after a PIN (staff), or a technician. */
export const Role = z.enum(['citizen', 'staff', 'technician']);
export type Role = z.infer<typeof Role>;

export const ANY_ROLE: readonly Role[] = ['citizen', 'staff', 'technician'];
export const STAFF_ROLES: readonly Role[] = ['staff', 'technician'];
export const TECHNICIAN_ONLY: readonly Role[] = ['technician'];
