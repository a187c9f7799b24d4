import type { Client } from '@factoryops/contracts';
import { customerCode } from './customer-code.js';
import type { CustomerEntity } from './customer.entity.js';

export function toClientDto(customer: CustomerEntity, projectCount: number): Client {
  return {
    id: customer.id,
    code: customerCode(customer.number),
    name: customer.name,
    contactPerson: customer.contactPerson,
    email: customer.email,
    phone: customer.phone,
    address: customer.address,
    notes: customer.notes,
    projectCount,
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
    version: customer.version,
  };
}

/** The fields an audit entry records for a customer. */
export function customerAuditSnapshot(customer: CustomerEntity): Record<string, unknown> {
  return {
    name: customer.name,
    contactPerson: customer.contactPerson,
    email: customer.email,
    phone: customer.phone,
    address: customer.address,
    notes: customer.notes,
  };
}
