-- The team lifecycle: a kiện toàn decision replaces the decision in force of its teams. The register
-- keeps both links (the new decision names the one it replaces, the old one the one that replaced it),
-- and each team keeps a digest of its members as the decision in force lists them, so that the checks
-- can tell a clerk when the roster no longer matches it.
alter table decision add column replaces bigint;
alter table decision add column replaced_by bigint;
alter table decision add constraint decision_replaces_fk foreign key (replaces) references decision (id);
alter table decision add constraint decision_replaced_by_fk foreign key (replaced_by) references decision (id);

alter table team add column decided_members varchar(64);
