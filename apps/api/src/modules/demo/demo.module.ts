import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DemoData } from './demo-data.js';

@Module({ imports: [AuthModule], providers: [DemoData] })
export class DemoModule {}
