-- The register keeps who gave each decision its number (an account name, or key:<name>).
alter table decision add column registered_by varchar(120);
