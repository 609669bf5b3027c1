CREATE TABLE `kpi_sales_weeks_all` (
	`week` text NOT NULL,
	`currency` text NOT NULL,
	`month` text NOT NULL,
	`orders_eq` real DEFAULT 0 NOT NULL,
	`orders_first` integer DEFAULT 0 NOT NULL,
	`revenue_eq` integer DEFAULT 0 NOT NULL,
	`revenue_first` integer DEFAULT 0 NOT NULL,
	`orders_all` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`week`, `currency`, `month`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO kpi_sales_weeks_all (week, currency, month, orders_eq, orders_first, revenue_eq, revenue_first, orders_all)
  SELECT week, currency, month, sum(orders_eq), sum(orders_first), sum(revenue_eq), sum(revenue_first), sum(orders_all) FROM kpi_sales_weeks GROUP BY week, currency, month;
--> statement-breakpoint
CREATE TRIGGER kpi_sales_weeks_all_ins AFTER INSERT ON kpi_sales_weeks BEGIN
  INSERT INTO kpi_sales_weeks_all (week, currency, month, orders_eq, orders_first, revenue_eq, revenue_first, orders_all) VALUES (new.week, new.currency, new.month, new.orders_eq, new.orders_first, new.revenue_eq, new.revenue_first, new.orders_all) ON CONFLICT (week, currency, month) DO UPDATE SET orders_eq = orders_eq + excluded.orders_eq, orders_first = orders_first + excluded.orders_first, revenue_eq = revenue_eq + excluded.revenue_eq, revenue_first = revenue_first + excluded.revenue_first, orders_all = orders_all + excluded.orders_all;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_sales_weeks_all_del AFTER DELETE ON kpi_sales_weeks BEGIN
  UPDATE kpi_sales_weeks_all SET orders_eq = orders_eq - old.orders_eq, orders_first = orders_first - old.orders_first, revenue_eq = revenue_eq - old.revenue_eq, revenue_first = revenue_first - old.revenue_first, orders_all = orders_all - old.orders_all WHERE week = old.week AND currency = old.currency AND month = old.month;
  DELETE FROM kpi_sales_weeks_all WHERE week = old.week AND currency = old.currency AND month = old.month AND orders_all <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_sales_weeks_all_upd AFTER UPDATE ON kpi_sales_weeks BEGIN
  UPDATE kpi_sales_weeks_all SET orders_eq = orders_eq - old.orders_eq, orders_first = orders_first - old.orders_first, revenue_eq = revenue_eq - old.revenue_eq, revenue_first = revenue_first - old.revenue_first, orders_all = orders_all - old.orders_all WHERE week = old.week AND currency = old.currency AND month = old.month;
  DELETE FROM kpi_sales_weeks_all WHERE week = old.week AND currency = old.currency AND month = old.month AND orders_all <= 0;
  INSERT INTO kpi_sales_weeks_all (week, currency, month, orders_eq, orders_first, revenue_eq, revenue_first, orders_all) VALUES (new.week, new.currency, new.month, new.orders_eq, new.orders_first, new.revenue_eq, new.revenue_first, new.orders_all) ON CONFLICT (week, currency, month) DO UPDATE SET orders_eq = orders_eq + excluded.orders_eq, orders_first = orders_first + excluded.orders_first, revenue_eq = revenue_eq + excluded.revenue_eq, revenue_first = revenue_first + excluded.revenue_first, orders_all = orders_all + excluded.orders_all;
END;
