import { Module } from '@nestjs/common';
import { CustomersService } from './customers.service.js';

/** Customers: the laser shop's clients (production) and, later, the fleet's device owners. */
@Module({ providers: [CustomersService], exports: [CustomersService] })
export class CustomersModule {}
