-- Reasons composed around a person's text must hold that text whole. The decision log keeps an
-- observation of up to 4,000 characters (the forms' limit) with what the step adds to it (the STL's
-- criteria, "Se fusiona con la propuesta #n.", the evaluation's scales); a commitment not approved
-- keeps its last observations inside its public reason.
alter table registro_decision alter column motivo set data type varchar(8000);
alter table compromiso alter column motivo_no_aprobado set data type varchar(8000);
