import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The seed's three automated messages, each with its template, switched on (as part 1 sent the POP mail). */
const DEFAULT_TEMPLATES = [
  {
    automation: 'pop-confirmation',
    name: 'POP Confirmation',
    description: 'Sent when a proof of payment is marked received',
    subject: 'Payment Confirmed - {{project_code}}',
    body: [
      'Dear {{contact_person}},',
      '',
      'We have received your payment for project {{project_code}} ({{project_name}}).',
      'It is scheduled for cutting on {{scheduled_date}}.',
      '',
      'Thank you for your business.',
      '{{company_name}}',
    ],
  },
  {
    automation: 'collection-ready',
    name: 'Collection Ready',
    description: 'Sent when a project is completed',
    subject: 'Ready for collection - {{project_code}}',
    body: [
      'Dear {{contact_person}},',
      '',
      'Your order {{project_code}} ({{project_name}}) is cut and ready for collection.',
      '',
      'Kind regards,',
      '{{company_name}}',
    ],
  },
  {
    automation: 'quote-expiring',
    name: 'Quote Expiring Reminder',
    description: 'Sent 3 days before a sent quote stops being valid',
    subject: 'Quote {{quote_number}} is valid until {{quote_valid_until}}',
    body: [
      'Dear {{contact_person}},',
      '',
      'A reminder that our quote {{quote_number}} for {{project_name}} ({{project_code}}), {{quote_total}} including VAT, is valid until {{quote_valid_until}}.',
      'Reply to this email, or send your proof of payment, to go ahead.',
      '',
      'Kind regards,',
      '{{company_name}}',
    ],
  },
];

/**
 * Message templates, the automations that send with them, and the messages sent to clients. Template
 * names are unique whatever their case (`lower(name)`, by hand: TypeORM cannot describe an expression
 * index).
 */
export class ClientMessages1796409272456 implements MigrationInterface {
  name = 'ClientMessages1796409272456';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"production_message_templates\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"subject\" text NOT NULL, \"body\" text NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_073047e3fe9f00969e14b52c27c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"production_communications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid, \"project_id\" uuid, \"template_id\" uuid, \"automation\" text, \"recipient\" text NOT NULL, \"subject\" text NOT NULL, \"body\" text NOT NULL, \"attachment_name\" text, \"outbox_message_id\" uuid, \"failure\" text, \"dedupe_key\" text NOT NULL, \"sent_by\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_production_communications_dedupe_key\" UNIQUE (\"dedupe_key\"), CONSTRAINT \"PK_4502dee212e42b9b6aacc31a8a9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_bc635b3356faef4a82b6f73f86\" ON \"production_communications\"  (\"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_512d9a7ab1ce34c23981ec85da\" ON \"production_communications\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5a39d5c3b3b414fd0563e58032\" ON \"production_communications\"  (\"customer_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"production_message_automations\" (\"key\" text NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"template_id\" uuid NOT NULL, \"version\" integer NOT NULL, CONSTRAINT \"PK_63440661018e14610c0ba89a40d\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("ALTER TABLE \"production_communications\" ADD CONSTRAINT \"FK_d80d95a2dccb720acd3e2ce3ea9\" FOREIGN KEY (\"template_id\") REFERENCES \"production_message_templates\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_communications\" ADD CONSTRAINT \"FK_a6abab5c3022aace25c105bead5\" FOREIGN KEY (\"outbox_message_id\") REFERENCES \"notification_outbox\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"production_message_automations\" ADD CONSTRAINT \"FK_ee99863006ed4aaea6acbb59bff\" FOREIGN KEY (\"template_id\") REFERENCES \"production_message_templates\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_production_message_templates_name" ON "production_message_templates" (lower("name"))',
    );
    for (const { automation, name, description, subject, body } of DEFAULT_TEMPLATES)
      await queryRunner.query(
        `WITH template AS (
           INSERT INTO production_message_templates (name, description, subject, body, version)
           VALUES ($2, $3, $4, $5, 1) RETURNING id)
         INSERT INTO production_message_automations (key, template_id, version) SELECT $1, id, 1 FROM template`,
        [automation, name, description, subject, body.join('\n')],
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."UQ_production_message_templates_name"');
    await queryRunner.query("ALTER TABLE \"production_message_automations\" DROP CONSTRAINT \"FK_ee99863006ed4aaea6acbb59bff\"");
    await queryRunner.query("ALTER TABLE \"production_communications\" DROP CONSTRAINT \"FK_a6abab5c3022aace25c105bead5\"");
    await queryRunner.query("ALTER TABLE \"production_communications\" DROP CONSTRAINT \"FK_d80d95a2dccb720acd3e2ce3ea9\"");
    await queryRunner.query("DROP TABLE \"production_message_automations\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5a39d5c3b3b414fd0563e58032\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_512d9a7ab1ce34c23981ec85da\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bc635b3356faef4a82b6f73f86\"");
    await queryRunner.query("DROP TABLE \"production_communications\"");
    await queryRunner.query("DROP TABLE \"production_message_templates\"");
  }
}
