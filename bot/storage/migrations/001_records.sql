-- Every record of every tenant: one row per (tenant, repo, id), the record itself as jsonb.
-- rev counts the record's writes (optimistic concurrency); seq keeps insertion order for find().
create table records (
  tenant_id  text        not null,
  repo       text        not null,
  id         text        not null,
  rev        integer     not null check (rev > 0),
  seq        bigint      generated always as identity,
  data       jsonb       not null,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, repo, id)
);

-- find()/count() in insertion order within one tenant's repo, and equality on top-level fields
-- (data @> '{"status":"open"}') through a GIN index.
create index records_order on records (tenant_id, repo, seq);
create index records_data on records using gin (data jsonb_path_ops);

-- Row-level security: a session sees and writes only the rows of the tenant it set for the
-- transaction (select set_config('app.tenant', $1, true)); with no tenant set it sees nothing.
-- FORCE applies it to the table's owner too, which is the app's own role.
alter table records enable row level security;
alter table records force row level security;
create policy tenant_isolation on records
  using (tenant_id = current_setting('app.tenant', true))
  with check (tenant_id = current_setting('app.tenant', true));

-- The tenants that have stored anything, for background jobs that run inside each tenant.
-- Holds ids only, so it needs no row-level security.
create table tenants (
  tenant_id  text        primary key,
  created_at timestamptz not null default now()
);
