import type { Database } from "../database";

/**
 * The ledger's invariants, checked in the database itself for one organization. Each query
 * returns the rows that break one rule; `ledgerViolations` lists them as readable lines, so a
 * test can assert `toEqual([])` and see what broke when it fails.
 */
interface Rule {
  name: string;
  query: (db: Database, organizationId: string) => Promise<Record<string, unknown>[]>;
}

const rules: Rule[] = [
  {
    name: "entry does not balance in a currency",
    query: (db, org) => db.prisma.$queryRaw`
      select e.number, l.currency, sum(l.debit_minor)::text as debits, sum(l.credit_minor)::text as credits
      from journal_line l join journal_entry e on e.id = l.entry_id
      where e.organization_id = ${org}
      group by e.number, l.currency having sum(l.debit_minor) <> sum(l.credit_minor)`,
  },
  {
    name: "entry has fewer than two lines",
    query: (db, org) => db.prisma.$queryRaw`
      select e.number, count(l.id)::int as lines
      from journal_entry e left join journal_line l on l.entry_id = e.id
      where e.organization_id = ${org}
      group by e.number having count(l.id) < 2`,
  },
  {
    name: "line is not one-sided and positive",
    query: (db, org) => db.prisma.$queryRaw`
      select e.number, l.line_no from journal_line l join journal_entry e on e.id = l.entry_id
      where e.organization_id = ${org}
        and not ((l.debit_minor > 0 and l.credit_minor = 0) or (l.credit_minor > 0 and l.debit_minor = 0))`,
  },
  {
    name: "line currency differs from its account's or belongs to another organization",
    query: (db, org) => db.prisma.$queryRaw`
      select e.number, l.line_no, l.currency, a.currency as account_currency
      from journal_line l join journal_entry e on e.id = l.entry_id join ledger_account a on a.id = l.account_id
      where e.organization_id = ${org} and (l.currency <> a.currency or a.organization_id <> e.organization_id or l.organization_id <> e.organization_id)`,
  },
  {
    name: "account balance differs from the sum of its lines",
    query: (db, org) => db.prisma.$queryRaw`
      select a.code, a.balance_minor::text as stored, coalesce(sum(l.debit_minor - l.credit_minor), 0)::text as from_lines
      from ledger_account a left join journal_line l on l.account_id = a.id
      where a.organization_id = ${org}
      group by a.id, a.code, a.balance_minor having a.balance_minor <> coalesce(sum(l.debit_minor - l.credit_minor), 0)`,
  },
  {
    name: "entry posted into a period after it was closed, or filed under the wrong period",
    query: (db, org) => db.prisma.$queryRaw`
      select e.number, e.effective_date::text as effective, p.year, p.month, p.status::text as status
      from journal_entry e join accounting_period p on p.id = e.period_id
      where e.organization_id = ${org}
        and ((p.status = 'closed' and e.posted_at > p.closed_at)
          or e.effective_date < p.starts_on or e.effective_date > p.ends_on or p.organization_id <> e.organization_id)`,
  },
  {
    name: "entry number is malformed or out of step with its sequence",
    query: (db, org) => db.prisma.$queryRaw`
      select e.number, e.sequence::text as sequence from journal_entry e
      where e.organization_id = ${org}
        and (e.number !~ '^JE-[0-9]{4}-[0-9]{6,}$'
          or e.number <> 'JE-' || e.fiscal_year || '-' || lpad(e.sequence::text, 6, '0')
          or e.fiscal_year <> extract(year from e.effective_date)::int)`,
  },
  {
    name: "entry does not have exactly one journal_entry.posted audit event",
    query: (db, org) => db.prisma.$queryRaw`
      select e.number, count(a.id)::int as events
      from journal_entry e
      left join audit_event a on a.organization_id = e.organization_id and a.action = 'journal_entry.posted'
        and a.entity_type = 'journal_entry' and a.entity_id = e.id::text
      where e.organization_id = ${org}
      group by e.number having count(a.id) <> 1`,
  },
  {
    name: "journal_entry.posted audit event without its entry",
    query: (db, org) => db.prisma.$queryRaw`
      select a.entity_id from audit_event a
      where a.organization_id = ${org} and a.action = 'journal_entry.posted'
        and not exists (select 1 from journal_entry e where e.id::text = a.entity_id)`,
  },
  {
    name: "reversal is not the mirror image of the entry it reverses",
    query: (db, org) => db.prisma.$queryRaw`
      select r.number as reversal, o.number as original
      from journal_entry r join journal_entry o on o.id = r.reverses_entry_id
      where r.organization_id = ${org}
        and (select coalesce(string_agg(account_id::text || ':' || debit_minor || ':' || credit_minor, ',' order by account_id, debit_minor, credit_minor), '') from journal_line where entry_id = r.id)
         <> (select coalesce(string_agg(account_id::text || ':' || credit_minor || ':' || debit_minor, ',' order by account_id, credit_minor, debit_minor), '') from journal_line where entry_id = o.id)`,
  },
  // Movements
  {
    name: "movement without exactly one movement.requested audit event",
    query: (db, org) => db.prisma.$queryRaw`
      select m.number, count(a.id)::int as events from movement m
      left join audit_event a on a.organization_id = m.organization_id and a.entity_type = 'movement' and a.entity_id = m.id::text and a.action = 'movement.requested'
      where m.organization_id = ${org} group by m.number having count(a.id) <> 1`,
  },
  {
    name: "movement's status changes and audit events disagree",
    query: (db, org) => db.prisma.$queryRaw`
      select m.number, m.status::text as status, ev.given, ev.approved, ev.posted, ev.rejected, ev.cancelled, ap.approvals
      from movement m
      cross join lateral (
        select count(*) filter (where action = 'movement.approval_given')::int as given,
               count(*) filter (where action = 'movement.approved')::int as approved,
               count(*) filter (where action = 'movement.posted')::int as posted,
               count(*) filter (where action = 'movement.rejected')::int as rejected,
               count(*) filter (where action = 'movement.cancelled')::int as cancelled
        from audit_event a where a.organization_id = m.organization_id and a.entity_type = 'movement' and a.entity_id = m.id::text) ev
      cross join lateral (select count(*)::int as approvals from movement_approval ma where ma.movement_id = m.id) ap
      where m.organization_id = ${org}
        and not (
          ev.posted = (case when m.status = 'posted' then 1 else 0 end)
          and ev.approved = (case when m.status in ('approved', 'posted') then 1 else 0 end)
          and ev.rejected = (case when m.status = 'rejected' then 1 else 0 end)
          and ev.cancelled = (case when m.status = 'cancelled' then 1 else 0 end)
          and ev.given = ap.approvals - (case when m.status in ('approved', 'posted') then 1 else 0 end))`,
  },
  {
    name: "movement posted without its required approvals",
    query: (db, org) => db.prisma.$queryRaw`
      select m.number, m.required_approvals, m.requires_controller,
        count(ma.id)::int as approvals,
        count(ma.id) filter (where ma.approver_role in ('controller', 'admin'))::int as controller_approvals
      from movement m left join movement_approval ma on ma.movement_id = m.id
      where m.organization_id = ${org} and m.status in ('approved', 'posted')
      group by m.id, m.number, m.required_approvals, m.requires_controller
      having count(ma.id) < m.required_approvals
          or (m.requires_controller and count(ma.id) filter (where ma.approver_role in ('controller', 'admin')) = 0)`,
  },
  {
    name: "movement approved by its requester, twice by one person, or by a role below its band's",
    query: (db, org) => db.prisma.$queryRaw`
      select m.number, ma.approver_role, m.minimum_approver_role from movement m join movement_approval ma on ma.movement_id = m.id
      where m.organization_id = ${org}
        and (ma.approver_id = m.requested_by
          or array_position(array['viewer','clerk','approver','controller','admin'], ma.approver_role)
             < array_position(array['viewer','clerk','approver','controller','admin'], m.minimum_approver_role)
          or (select count(*) from movement_approval x where x.movement_id = m.id and x.approver_id = ma.approver_id) > 1)`,
  },
  {
    name: "movement's posting disagrees with its status (posted ⇔ exactly one entry DR destination / CR source)",
    query: (db, org) => db.prisma.$queryRaw`
      select m.number, m.status::text as status, count(e.id)::int as entries
      from movement m left join journal_entry e on e.organization_id = m.organization_id and e.source = 'movement' and e.source_id = m.id::text
      where m.organization_id = ${org}
      group by m.id, m.number, m.status, m.entry_id, m.amount_minor, m.source_account_id, m.destination_account_id
      having count(e.id) <> (case when m.status = 'posted' then 1 else 0 end)
          or (m.status = 'posted') <> (m.entry_id is not null)
          or (m.status = 'posted' and not exists (
                select 1 from journal_line d join journal_line c on c.entry_id = d.entry_id
                where d.entry_id = m.entry_id and d.account_id = m.destination_account_id and d.debit_minor = m.amount_minor
                  and c.account_id = m.source_account_id and c.credit_minor = m.amount_minor
                  and (select count(*) from journal_line x where x.entry_id = m.entry_id) = 2))`,
  },
  // Charges
  {
    name: "charge's audit trail disagrees with its state",
    query: (db, org) => db.prisma.$queryRaw`
      select c.number, c.status::text as status, ev.created, ev.issued, ev.voided, ev.payments, pay.count as payment_rows
      from charge c
      cross join lateral (
        select count(*) filter (where action = 'charge.created')::int as created,
               count(*) filter (where action = 'charge.issued')::int as issued,
               count(*) filter (where action = 'charge.voided')::int as voided,
               count(*) filter (where action = 'charge.payment_recorded')::int as payments
        from audit_event a where a.organization_id = c.organization_id and a.entity_type = 'charge' and a.entity_id = c.id::text) ev
      cross join lateral (select count(*)::int as count from charge_payment p where p.charge_id = c.id) pay
      where c.organization_id = ${org}
        and not (ev.created = 1
          and ev.issued = (case when c.number is not null then 1 else 0 end)
          and ev.voided = (case when c.status = 'void' then 1 else 0 end)
          and ev.payments = pay.count)`,
  },
  {
    name: "charge's entries and payments disagree with its state",
    query: (db, org) => db.prisma.$queryRaw`
      select c.id::text as id, c.number, c.status::text as status, c.paid_minor::text as paid,
        (select coalesce(sum(p.amount_minor), 0) from charge_payment p where p.charge_id = c.id)::text as payments,
        (select count(*) from journal_entry e where e.source = 'charge_issued' and e.source_id = c.id::text)::int as issue_entries,
        (select count(*) from journal_entry e where e.source = 'charge_void' and e.source_id = c.id::text)::int as void_entries,
        (select count(*) from journal_entry e where e.source = 'charge_payment' and e.source_id = c.id::text)::int as payment_entries
      from charge c
      where c.organization_id = ${org}
        and not (
          c.paid_minor = (select coalesce(sum(p.amount_minor), 0) from charge_payment p where p.charge_id = c.id)
          and (c.status = 'paid') = (c.paid_minor = c.amount_minor)
          and (c.number is null) = (c.status = 'draft' or (c.status = 'void' and c.issued_entry_id is null))
          and (select count(*) from journal_entry e where e.source = 'charge_issued' and e.source_id = c.id::text) = (case when c.issued_entry_id is null then 0 else 1 end)
          and (select count(*) from journal_entry e where e.source = 'charge_void' and e.source_id = c.id::text) = (case when c.void_entry_id is null then 0 else 1 end)
          and (c.void_entry_id is null or (c.status = 'void' and c.issued_entry_id is not null))
          and (select count(*) from journal_entry e where e.source = 'charge_payment' and e.source_id = c.id::text) = (select count(*) from charge_payment p where p.charge_id = c.id)
          and (select count(*) from charge_payment p where p.charge_id = c.id and not exists (select 1 from journal_entry e where e.id = p.entry_id)) = 0)`,
  },
  {
    name: "charge's credit notes disagree with its state",
    query: (db, org) => db.prisma.$queryRaw`
      select c.id::text as id, c.number, c.status::text as status, c.credited_minor::text as credited,
        (select coalesce(sum(n.amount_minor), 0) from credit_note n where n.charge_id = c.id)::text as notes
      from charge c
      where c.organization_id = ${org}
        and not (
          c.credited_minor = (select coalesce(sum(n.amount_minor), 0) from credit_note n where n.charge_id = c.id)
          and (c.status = 'credited') = (c.credited_minor > 0 and c.paid_minor + c.credited_minor = c.amount_minor)
          and (select count(*) from journal_entry e where e.source = 'credit_note' and e.source_id = c.id::text) = (select count(*) from credit_note n where n.charge_id = c.id)
          and (select count(*) from credit_note n where n.charge_id = c.id and not exists (
                select 1 from journal_entry e where e.id = n.entry_id and e.source = 'credit_note' and e.source_id = c.id::text)) = 0)`,
  },
  {
    name: "charge numbers are not gapless (CH-year-1 … CH-year-n, n = the document counter)",
    query: (db, org) => db.prisma.$queryRaw`
      with numbered as (
        select split_part(number, '-', 2)::int as year, split_part(number, '-', 3)::int as n, number
        from charge where organization_id = ${org} and number is not null
      ), per_year as (
        select year, count(*)::int as issued, max(n) as highest, count(distinct n)::int as distinct_numbers from numbered group by year
      )
      select y.year, y.issued, y.highest, y.distinct_numbers, dc.last_number
      from per_year y left join document_counter dc on dc.organization_id = ${org} and dc.kind = 'charge' and dc.year = y.year
      where y.issued <> y.highest or y.distinct_numbers <> y.issued or dc.last_number is distinct from y.highest
      union all
      select dc.year, 0, null, 0, dc.last_number from document_counter dc
      where dc.organization_id = ${org} and dc.kind = 'charge' and dc.last_number > 0
        and not exists (select 1 from numbered n where n.year = dc.year)`,
  },
];

/** Every broken invariant of the organization's books, one line each; empty when all hold. */
export async function ledgerViolations(db: Database, organizationId: string): Promise<string[]> {
  const results = await Promise.all(rules.map(async (rule) => ({ rule, rows: await rule.query(db, organizationId) })));
  return results.flatMap(({ rule, rows }) => rows.map((row) => `${rule.name}: ${JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))}`));
}

/** Each account's stored balance beside the sum of its lines (for concurrency tests). */
export async function accountBalances(db: Database, organizationId: string): Promise<{ id: string; code: string; stored: bigint; fromLines: bigint }[]> {
  return db.prisma.$queryRaw`
    select a.id::text as id, a.code, a.balance_minor as stored, coalesce(sum(l.debit_minor - l.credit_minor), 0)::bigint as "fromLines"
    from ledger_account a left join journal_line l on l.account_id = a.id
    where a.organization_id = ${organizationId}
    group by a.id, a.code, a.balance_minor order by a.code`;
}

/** Each accounting period of the organization ("YYYY-MM") with its status and how many entries it holds. */
export async function periodEntryCounts(db: Database, organizationId: string): Promise<Map<string, { status: "open" | "closed"; entries: number }>> {
  const rows = await db.prisma.$queryRaw<{ period: string; status: "open" | "closed"; entries: number }[]>`
    select p.year || '-' || lpad(p.month::text, 2, '0') as period, p.status::text as status, count(e.id)::int as entries
    from accounting_period p left join journal_entry e on e.period_id = p.id
    where p.organization_id = ${organizationId}
    group by p.id, p.year, p.month, p.status`;
  return new Map(rows.map((r) => [r.period, { status: r.status, entries: r.entries }]));
}
