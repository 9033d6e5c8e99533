-- A village merged into another (many thôn were merged in 2025) names the one it joined, so that the
-- dissolution decision of its team can say where the members go; a removed village has none.
alter table village add column merged_into varchar(60);
