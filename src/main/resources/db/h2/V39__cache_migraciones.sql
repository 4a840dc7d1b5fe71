-- H2 only: the identity columns of V38 hand out ids from a cache of 1,000, as every other table
-- does (V36 says why).
alter table migracion_ejecucion alter column id set cache 1000;
alter table migracion_resultado alter column id set cache 1000;
alter table migracion_pendiente alter column id set cache 1000;
