-- One round trip per store operation: each function sets the tenant for its own (single-statement)
-- transaction and then works under row-level security like any query of the app's role. They run with
-- the caller's rights (not SECURITY DEFINER), so the policy on records applies unchanged.

create function inkl_get(p_tenant text, p_repo text, p_id text) returns table (data jsonb, rev integer)
language plpgsql as $$
begin
  perform set_config('app.tenant', p_tenant, true);
  return query select r.data, r.rev from records r where r.tenant_id = p_tenant and r.repo = p_repo and r.id = p_id;
end $$;

create function inkl_find(p_tenant text, p_repo text, p_where jsonb, p_limit integer) returns table (data jsonb, rev integer)
language plpgsql as $$
begin
  perform set_config('app.tenant', p_tenant, true);
  if p_where is null then
    return query select r.data, r.rev from records r where r.tenant_id = p_tenant and r.repo = p_repo order by r.seq limit p_limit;
  else
    return query select r.data, r.rev from records r where r.tenant_id = p_tenant and r.repo = p_repo and r.data @> p_where order by r.seq limit p_limit;
  end if;
end $$;

create function inkl_count(p_tenant text, p_repo text, p_where jsonb) returns integer
language plpgsql as $$
declare n integer;
begin
  perform set_config('app.tenant', p_tenant, true);
  if p_where is null then
    select count(*) into n from records r where r.tenant_id = p_tenant and r.repo = p_repo;
  else
    select count(*) into n from records r where r.tenant_id = p_tenant and r.repo = p_repo and r.data @> p_where;
  end if;
  return n;
end $$;

-- Insert or replace. p_if_rev: null = whatever is there, 0 = only if absent, n = only if the stored
-- revision is n. Returns the new revision, or -(stored revision) - 1 when the condition failed.
create function inkl_put(p_tenant text, p_repo text, p_id text, p_data jsonb, p_if_rev integer, p_register boolean, p_notify text) returns integer
language plpgsql as $$
declare v integer;
begin
  perform set_config('app.tenant', p_tenant, true);
  if p_if_rev is null then
    insert into records (tenant_id, repo, id, rev, data) values (p_tenant, p_repo, p_id, 1, p_data)
      on conflict (tenant_id, repo, id) do update set data = excluded.data, rev = records.rev + 1, updated_at = now()
      returning records.rev into v;
  elsif p_if_rev = 0 then
    insert into records (tenant_id, repo, id, rev, data) values (p_tenant, p_repo, p_id, 1, p_data)
      on conflict (tenant_id, repo, id) do nothing
      returning records.rev into v;
  else
    update records set data = p_data, rev = records.rev + 1, updated_at = now()
      where tenant_id = p_tenant and repo = p_repo and id = p_id and records.rev = p_if_rev
      returning records.rev into v;
  end if;
  if v is null then
    select r.rev into v from records r where r.tenant_id = p_tenant and r.repo = p_repo and r.id = p_id;
    return -coalesce(v, 0) - 1;
  end if;
  if p_register then insert into tenants (tenant_id) values (p_tenant) on conflict do nothing; end if;
  if p_notify is not null then perform pg_notify('inkl_changes', p_notify); end if;
  return v;
end $$;

create function inkl_remove(p_tenant text, p_repo text, p_id text, p_notify text) returns boolean
language plpgsql as $$
declare n integer;
begin
  perform set_config('app.tenant', p_tenant, true);
  delete from records where tenant_id = p_tenant and repo = p_repo and id = p_id;
  get diagnostics n = row_count;
  if n > 0 and p_notify is not null then perform pg_notify('inkl_changes', p_notify); end if;
  return n > 0;
end $$;
