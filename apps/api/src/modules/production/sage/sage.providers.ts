import type { Provider } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import { loadOrCreateSecrets } from '../../../config/secrets.js';
import { SageConnectionService } from './sage-connection.service.js';
import { SageOauth } from './sage-oauth.js';
import { SageSyncService } from './sage-sync.service.js';
import { SageTokenStore } from './sage-token-store.js';
import { TokenCipher } from './token-cipher.js';

/** The Sage Accounting pieces the production module provides. */
export const SAGE_PROVIDERS: Provider[] = [
  {
    provide: TokenCipher,
    // The key lives with the other secrets in the data directory (generated on first use).
    useFactory: async (config: AppConfig) =>
      new TokenCipher(
        Buffer.from((await loadOrCreateSecrets(config.env.DATA_DIR)).tokenEncryptionKey, 'base64url'),
      ),
    inject: [AppConfig],
  },
  { provide: SageOauth, useFactory: (config: AppConfig) => new SageOauth(config.env), inject: [AppConfig] },
  SageTokenStore,
  SageSyncService,
  SageConnectionService,
];
